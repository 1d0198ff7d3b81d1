// PDFs and scans: the password prompt, the reading and OCR progress, and the marks on uncertain OCR text.
import { bilingual } from './bilingual';

export const scanMessages = bilingual(
  {
    'password.title': 'Password required',
    'password.prompt': '“{name}” is protected by a password. Enter it to import the document.',
    'password.label': 'Password',
    'password.wrong': 'This password is incorrect. Check it and try again.',
    'password.submit': 'Open',
    'password.cancel': 'Cancel',
    'importProgress.reading': 'Reading “{name}”: page {page} of {pages}',
    'importProgress.ocr': 'Recognising the text of “{name}” (OCR): page {page} of {pages}',
    'importProgress.label': 'Import progress',
    'importProgress.cancel': 'Cancel import',
    'ocr.lowConfidence':
      'Recognised by OCR with low confidence ({confidence} %): check this paragraph against the original.',
    'ocr.notice':
      'This text was recognised by OCR. Paragraphs the recogniser was unsure of are marked “?” in the margin ({count}); check them against the original before quoting them.',
    'ocr.noticeConfident': 'This text was recognised by OCR. Check quotations against the original.',
  },
  {
    'password.title': 'Mot de passe requis',
    'password.prompt': '« {name} » est protégé par un mot de passe. Saisissez-le pour importer le document.',
    'password.label': 'Mot de passe',
    'password.wrong': 'Ce mot de passe est incorrect. Vérifiez-le et réessayez.',
    'password.submit': 'Ouvrir',
    'password.cancel': 'Annuler',
    'importProgress.reading': 'Lecture de « {name} » : page {page} sur {pages}',
    'importProgress.ocr': 'Reconnaissance du texte de « {name} » (OCR) : page {page} sur {pages}',
    'importProgress.label': 'Progression de l’import',
    'importProgress.cancel': 'Annuler l’import',
    'ocr.lowConfidence':
      'Texte reconnu par OCR avec une confiance faible ({confidence} %) : vérifiez ce paragraphe sur l’original.',
    'ocr.notice':
      'Ce texte a été reconnu par OCR. Les paragraphes dont la reconnaissance est incertaine sont signalés par « ? » dans la marge ({count}) ; vérifiez-les sur l’original avant de les citer.',
    'ocr.noticeConfident': 'Ce texte a été reconnu par OCR. Vérifiez les citations sur l’original.',
  },
);
