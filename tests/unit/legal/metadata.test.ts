// A ruling's identity read from its header: court, formation, date, case number, ECLI, language, title.
import { describe, expect, it } from 'vitest';
import { courtFromEcli, detectMetadata, guessLanguage } from '../../../shared/legal';
import type { DraftBlock } from '../../../shared/model';

const meta = (...texts: string[]) => detectMetadata(texts.map((text): DraftBlock => ({ type: 'paragraph', text })));
const FRENCH_BODY = 'Il résulte de l’instruction que la délibération est légale et que la requête doit être rejetée par le juge.';

describe('detectMetadata: court', () => {
  it('names the court a header line starts with, in its own spelling', () => {
    const cases: [string, string][] = [
      ["CONSEIL D'ETAT", "Conseil d'État"],
      ['Conseil d’État statuant au contentieux', "Conseil d'État"],
      ["Conseil d'Etat, Juge des référés, 25/04/2025, 503163, Inédit au recueil Lebon", "Conseil d'État"],
      ["Cour administrative d'appel de Versailles, 4ème chambre, 12/03/2024, 22VE01234", "Cour administrative d'appel de Versailles"],
      ["COUR ADMINISTRATIVE D'APPEL DE PARIS", "Cour administrative d'appel de Paris"],
      ['TRIBUNAL ADMINISTRATIF DE CERGY-PONTOISE', 'Tribunal administratif de Cergy-Pontoise'],
      ['Le tribunal administratif de la Guadeloupe (2ème chambre),', 'Tribunal administratif de la Guadeloupe'],
      ['Tribunal administratif de Paris statuant en référé', 'Tribunal administratif de Paris'],
      ['Cour de cassation - Chambre sociale', 'Cour de cassation'],
      ['Conseil constitutionnel', 'Conseil constitutionnel'],
      ['ARRÊT DE LA COUR (grande chambre)', "Cour de justice de l'Union européenne"],
      ['JUDGMENT OF THE COURT (Grand Chamber)', 'Court of Justice of the European Union'],
      ['Cour d’appel de Lyon, 1re chambre civile', "Cour d'appel de Lyon"],
    ];
    for (const [line, court] of cases) expect(meta(line).court, line).toBe(court);
  });

  it('does not take an article about a court for a ruling', () => {
    expect(meta('Conseil d’État : le juge des référés refuse de suspendre l’hébergement', FRENCH_BODY)).toEqual({ language: 'fr' });
    expect(meta('Note de jurisprudence', 'Le Conseil d’État a rejeté la requête (CE, 25 avril 2025, n° 503163).').kind).toBeUndefined();
  });

  it('reads the court from the ECLI when the header does not name it', () => {
    expect(meta('ECLI:FR:CEORD:2025:503163.20250425', 'N° 503163')).toMatchObject({ kind: 'ruling', court: "Conseil d'État", caseNumber: '503163' });
    expect(courtFromEcli('ECLI:FR:CCASS:2023:SO01234')).toBe('Cour de cassation');
    expect(courtFromEcli('ECLI:FR:CC:2019:2019.790.DC')).toBe('Conseil constitutionnel');
    expect(courtFromEcli('ECLI:FR:CAAPA:2023:22PA01234.20230315')).toBe("Cour administrative d'appel de Paris");
    expect(courtFromEcli('ECLI:EU:C:2020:559')).toBe("Cour de justice de l'Union européenne");
    expect(courtFromEcli('ECLI:DE:BVERFG:2020:rs20200505.2bvr085915')).toBeUndefined();
  });
});

describe('detectMetadata: formation, date, numbers', () => {
  it('reads the formation', () => {
    expect(meta("Conseil d'État", 'Juge des référés').formation).toBe('juge des référés');
    expect(meta("Conseil d'État", '10ème - 9ème chambres réunies').formation).toBe('10ème - 9ème chambres réunies');
    expect(meta("Conseil d'État", '5ème-6ème chambres réunies').formation).toBe('5ème - 6ème chambres réunies');
    expect(meta("Conseil d'État", 'Section du contentieux').formation).toBe('section du contentieux');
    expect(meta('Cour de cassation - Chambre sociale').formation).toBe('chambre sociale');
    expect(meta("Cour administrative d'appel de Paris, 4ème chambre").formation).toBe('4ème chambre');
    expect(meta('JUDGMENT OF THE COURT (First Chamber)').formation).toBe('First Chamber');
  });

  it('takes the date of the reading, not of the filings or the hearing', () => {
    expect(meta("Conseil d'État", 'Séance du 2 avril 2025', 'Lecture du vendredi 25 avril 2025').date).toBe('2025-04-25');
    expect(meta('TRIBUNAL ADMINISTRATIF DE PARIS', 'Audience du 14 mars 2024', 'Décision du 28 mars 2024').date).toBe('2024-03-28');
    expect(meta("Conseil d'État, Juge des référés, 25/04/2025, 503163").date).toBe('2025-04-25');
  });

  it('falls back on the ECLI, then on the signature', () => {
    expect(meta('ECLI:FR:CECHR:2020:428451.20200312', 'Audience du 2 mars 2020').date).toBe('2020-03-12');
    const blocks = ["Conseil d'État", 'Vu la requête enregistrée le 4 avril 2025', ...Array(12).fill(FRENCH_BODY), 'Fait à Paris, le 25 avril 2025'];
    expect(meta(...blocks).date).toBe('2025-04-25');
  });

  it('reads case numbers in their usual forms', () => {
    expect(meta("Conseil d'État", 'N° 503163').caseNumber).toBe('503163');
    expect(meta("Conseil d'État", 'n°\u00A0503163, 503164').caseNumber).toBe('503163, 503164');
    expect(meta("Conseil d'État", 'Nos 503163 et 503164').caseNumber).toBe('503163, 503164');
    expect(meta("Cour administrative d'appel de Paris", 'N° 23PA01234').caseNumber).toBe('23PA01234');
    // The appeal's number identifies a Cour de cassation ruling, however the header prints it.
    expect(meta('Cour de cassation', 'Pourvoi n° Q 22-12.345').caseNumber).toBe('Q 22-12.345');
    expect(meta('Cour de cassation', 'N° de pourvoi : 22-18.657').caseNumber).toBe('22-18.657');
    expect(meta('Cour de cassation, chambre sociale, n° Q 22-12.345').caseNumber).toBe('Q 22-12.345');
    expect(meta("Conseil d'Etat, Juge des référés, 25/04/2025, 503163, Inédit au recueil Lebon").caseNumber).toBe('503163');
    expect(meta('ARRÊT DE LA COUR (grande chambre)', 'Dans l’affaire C-311/18,').caseNumber).toBe('C-311/18');
  });

  it('finds the ECLI in the header, without a trailing full stop', () => {
    expect(meta("Conseil d'État", 'ECLI:FR:CEORD:2025:503163.20250425.').ecli).toBe('ECLI:FR:CEORD:2025:503163.20250425');
  });
});

describe('detectMetadata: title and language', () => {
  it('builds the usual citation as title', () => {
    expect(meta("Conseil d'État", 'N° 503163', 'Juge des référés', 'Lecture du vendredi 25 avril 2025').title).toBe(
      "Conseil d'État, juge des référés, 25 avril 2025, n° 503163",
    );
    expect(meta('Conseil constitutionnel', 'Lecture du 1er mars 2024').title).toBe('Conseil constitutionnel, 1er mars 2024');
    const english = 'The Court held that the transfer of the data to a third country is not lawful and that it must be set aside.';
    expect(meta('JUDGMENT OF THE COURT (Grand Chamber)', '16 July 2020', 'In Case C-311/18,', english).title).toBe(
      'Court of Justice of the European Union, Grand Chamber, 16 July 2020, C-311/18',
    );
  });

  it('guesses French or English, and says nothing on too little text', () => {
    expect(guessLanguage(FRENCH_BODY)).toBe('fr');
    expect(guessLanguage('The Court of Justice held that the transfer of personal data to a third country is not lawful in this case.')).toBe('en');
    expect(guessLanguage('Health Data Hub')).toBeUndefined();
    expect(meta(FRENCH_BODY).language).toBe('fr');
  });
});
