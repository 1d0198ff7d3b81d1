// Rulings of each court a jurist imports: court, formation, date, numbers, ECLI, kind of decision, publication, points and sections.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import';
import { applyLegalStructure } from '../../../shared/legal';

const read = (lines: readonly string[]) => applyLegalStructure(importText(lines.join('\n\n')));

const CASSATION = [
  'Cour de cassation',
  'Chambre sociale',
  'Audience publique du mercredi 13 mars 2024',
  'N° de pourvoi : 22-18.657',
  'ECLI:FR:CCASS:2024:SO00284',
  'Publié au bulletin',
  'RÉPUBLIQUE FRANÇAISE',
  'AU NOM DU PEUPLE FRANÇAIS',
  'Arrêt n° 284 F-B',
  'Faits et procédure',
  '1. Selon l’arrêt attaqué (Paris, 12 mai 2022), M. X a été engagé par la société Y en qualité d’ingénieur.',
  'Examen du moyen',
  'Enoncé du moyen',
  '2. Le salarié fait grief à l’arrêt de rejeter sa demande, alors que le transfert de ses données hors de l’Union était illicite.',
  'Réponse de la Cour',
  '3. Ayant constaté que l’employeur justifiait de garanties appropriées, la cour d’appel a légalement justifié sa décision.',
  'PAR CES MOTIFS, la Cour :',
  'REJETTE le pourvoi ;',
];

const CONSEIL_CONSTITUTIONNEL = [
  'Conseil constitutionnel',
  'Décision n° 2019-790 DC du 5 août 2019',
  'Loi de transformation de la fonction publique',
  'Le Conseil constitutionnel a été saisi, dans les conditions prévues au deuxième alinéa de l’article 61 de la Constitution, de la loi de transformation de la fonction publique.',
  'Au vu des textes suivants :',
  '- la Constitution ;',
  'Et après avoir entendu le rapporteur ;',
  'LE CONSEIL CONSTITUTIONNEL S’EST FONDÉ SUR CE QUI SUIT :',
  '1. Les députés requérants défèrent au Conseil constitutionnel la loi de transformation de la fonction publique.',
  '2. Les sénateurs requérants contestent la procédure d’adoption de la loi.',
  'LE CONSEIL CONSTITUTIONNEL DÉCIDE :',
  'Article 1er. - Les dispositions suivantes sont conformes à la Constitution.',
];

const CJEU = [
  'ARRÊT DE LA COUR (grande chambre)',
  '16 juillet 2020',
  'Dans l’affaire C-311/18,',
  'ECLI:EU:C:2020:559',
  'ayant pour objet une demande de décision préjudicielle au titre de l’article 267 TFUE, introduite par la High Court (Irlande),',
  'LA COUR (grande chambre),',
  'rend le présent',
  'Arrêt',
  '1 La demande de décision préjudicielle porte sur l’interprétation de l’article 3, paragraphe 2, premier tiret, de la directive 95/46/CE.',
  '2 Cette demande a été présentée dans le cadre d’un litige opposant le Data Protection Commissioner à Facebook Ireland Ltd et à M. Maximillian Schrems.',
  '3 Le considérant 4 de la directive 95/46 énonce que les données à caractère personnel circulent de plus en plus.',
  'Par ces motifs, la Cour (grande chambre) dit pour droit :',
  '1) L’article 2, paragraphe 1, du règlement (UE) 2016/679 doit être interprété en ce sens…',
];

const CAA = [
  'Cour administrative d’appel de Nantes',
  'N° 23NT01234, 23NT01235',
  '2ème chambre',
  'Lecture du vendredi 7 juin 2024',
  'Inédit au recueil Lebon',
  'Vu la procédure suivante :',
  'M. A a demandé au tribunal administratif de Rennes d’annuler la décision du préfet.',
  'Considérant ce qui suit :',
  '1. M. A relève appel du jugement par lequel le tribunal a rejeté sa demande.',
  'DÉCIDE :',
  'Article 1er : La requête de M. A est rejetée.',
];

describe('rulings of the French and European courts', () => {
  it('Cour de cassation: chamber, pourvoi number, ECLI, arrêt, Bulletin, reasoning and operative part', () => {
    const { meta, blocks } = read(CASSATION);
    expect(meta).toMatchObject({
      kind: 'ruling',
      court: 'Cour de cassation',
      formation: 'chambre sociale',
      date: '2024-03-13',
      caseNumber: '22-18.657',
      ecli: 'ECLI:FR:CCASS:2024:SO00284',
      decisionKind: 'arret',
      publication: 'Publié au bulletin',
    });
    expect(blocks.filter((block) => block.number).map((block) => block.number)).toEqual(['1', '2', '3']);
    expect(blocks.find((block) => block.text.startsWith('2. Le salarié'))?.section).toBe('reasoning');
    expect(blocks.find((block) => block.text.startsWith('REJETTE'))?.section).toBe('operative');
  });

  it('Conseil constitutionnel: décision, its number, points, and the operative part after DÉCIDE', () => {
    const { meta, blocks } = read(CONSEIL_CONSTITUTIONNEL);
    expect(meta).toMatchObject({ kind: 'ruling', court: 'Conseil constitutionnel', date: '2019-08-05', caseNumber: '2019-790 DC', decisionKind: 'decision' });
    expect(blocks.filter((block) => block.number).map((block) => block.number)).toEqual(['1', '2']);
    expect(blocks.find((block) => block.text.startsWith('Article 1er.'))?.section).toBe('operative');
  });

  it('Court of Justice: grand chamber, case number, ECLI, arrêt, bare numbered paragraphs, PAR CES MOTIFS', () => {
    const { meta, blocks } = read(CJEU);
    expect(meta).toMatchObject({
      kind: 'ruling',
      court: "Cour de justice de l'Union européenne",
      formation: 'grande chambre',
      date: '2020-07-16',
      caseNumber: 'C-311/18',
      ecli: 'ECLI:EU:C:2020:559',
      decisionKind: 'arret',
    });
    expect(blocks.filter((block) => block.number).map((block) => block.number)).toEqual(['1', '2', '3']);
    expect(blocks.find((block) => block.text.startsWith('Par ces motifs'))?.section).toBe('operative');
    expect(blocks.find((block) => block.text.startsWith('3 Le considérant'))?.section).toBe('reasoning');
  });

  it('cour administrative d’appel: two case numbers, arrêt, inédit', () => {
    const { meta } = read(CAA);
    expect(meta).toMatchObject({
      court: "Cour administrative d'appel de Nantes",
      caseNumber: '23NT01234, 23NT01235',
      formation: '2ème chambre',
      date: '2024-06-07',
      decisionKind: 'arret',
      publication: 'Inédit au recueil Lebon',
    });
  });

  it('tribunal administratif: jugement; Conseil d’État: ordonnance in référé, décision otherwise', () => {
    expect(read(['Tribunal administratif de Lyon', 'N° 2301234', 'Lecture du 3 mai 2024', 'Vu la procédure suivante :', '1. Mme B demande l’annulation.', 'D É C I D E :', 'Article 1er : La requête est rejetée.']).meta.decisionKind).toBe('jugement');
    expect(read(['Conseil d’État', 'N° 440000', 'Juge des référés', 'Lecture du 3 mai 2024', 'Vu la procédure suivante :', '1. Point.', 'O R D O N N E :', 'Article 1er : Rejet.']).meta.decisionKind).toBe('ordonnance');
    expect(read(['Conseil d’État', 'N° 440000', '10ème - 9ème chambres réunies', 'Lecture du 3 mai 2024', 'Vu la procédure suivante :', '1. Point.', 'D E C I D E :', 'Article 1er : Rejet.']).meta.decisionKind).toBe('decision');
  });
});

describe('articles in plain text', () => {
  it('read their byline and date from the first lines', () => {
    const { meta } = read([
      'Health Data Hub : le juge des référés et le Cloud Act',
      'Par Claire Fontaine, avocate au barreau de Paris',
      'Publié le 2 mai 2025',
      'Le juge des référés du Conseil d’État a refusé de suspendre la délibération de la CNIL.',
    ]);
    expect(meta).toMatchObject({ author: 'Claire Fontaine', date: '2025-05-02' });
    expect(meta.kind).not.toBe('ruling');
  });

  it('take no author from a sentence that starts with “Par”', () => {
    const { meta } = read(['Note', 'Par une ordonnance du 25 avril 2025, le juge des référés a rejeté la requête.']);
    expect(meta.author).toBeUndefined();
  });
});
