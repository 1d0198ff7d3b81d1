// A long, realistic French ruling generated for benchmarks: header, claims, arguments, numbered points, operative part.

const SENTENCES = [
  "Il résulte de l'instruction que les données versées dans l'entrepôt sont pseudonymisées et chiffrées au moyen de clés détenues par la seule Plateforme des données de santé.",
  "La société Microsoft Ireland Operations Limited, filiale d'une société de droit américain, est susceptible de recevoir des demandes fondées sur le Cloud Act.",
  "Aucun prestataire établi dans l'Union européenne n'est, à ce jour, en mesure d'héberger un entrepôt de cette taille avec les fonctionnalités requises.",
  "L'autorisation accordée par la délibération contestée est limitée à une durée de trois ans, à l'issue de laquelle l'entrepôt devra être migré.",
  "Le moyen tiré de la méconnaissance de l'article 32 du règlement général sur la protection des données n'est pas de nature à faire naître un doute sérieux.",
  "Eu égard aux garanties mentionnées au point précédent, la condition d'urgence ne peut être regardée comme remplie.",
  "Les requérants soutiennent que le transfert de données de santé vers les autorités américaines ne peut être regardé comme purement hypothétique.",
  "La Commission nationale de l'informatique et des libertés a subordonné l'autorisation au respect de plusieurs conditions techniques et organisationnelles.",
];

/** Returns the ruling as plain text of about `words` words, with numbered points of ~`pointWords` words each. */
export function generateRulingText(words = 120_000, pointWords = 160): string {
  const lines = [
    "Conseil d'État",
    '',
    'N° 503163',
    'ECLI:FR:CEORD:2025:503163.20250425',
    'Juge des référés',
    '',
    'Lecture du vendredi 25 avril 2025',
    '',
    'Vu la procédure suivante :',
    '',
    "Par une requête, l'association Souveraineté numérique en santé demande au juge des référés de suspendre l'exécution de la délibération.",
    '',
    'Ils soutiennent que :',
    "- la condition d'urgence est remplie ;",
    '- la délibération méconnaît le règlement général sur la protection des données.',
    '',
    'Considérant ce qui suit :',
    '',
  ];
  let count = lines.join(' ').split(/\s+/).length;
  let point = 1;
  let s = 0;
  while (count < words) {
    const parts: string[] = [];
    let pointCount = 0;
    while (pointCount < pointWords) {
      const sentence = SENTENCES[s++ % SENTENCES.length] as string;
      parts.push(sentence);
      pointCount += sentence.split(' ').length;
    }
    lines.push(`${point}. ${parts.join(' ')}`, '');
    count += pointCount + 1;
    point += 1;
  }
  lines.push('O R D O N N E :', '', "Article 1er : La requête de l'association Souveraineté numérique en santé est rejetée.", '');
  return lines.join('\n');
}
