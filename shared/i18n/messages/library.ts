// The library: import, the document list, and what is said about bad files.
import { bilingual } from './bilingual';

export const libraryMessages = bilingual(
  {
    'library.heading': 'Library',
    'library.import': 'Import files…',
    'library.dropHint': 'Drop PDF, Word, OpenDocument, HTML, Markdown, text files or scans here to import them',
    'library.empty': 'Your library is empty. Import a ruling or an article to start.',
    'library.col.title': 'Title',
    'library.col.kind': 'Kind',
    'library.col.importedAt': 'Imported',
    'library.col.passages': 'Passages',
    'library.importing': 'Importing {name}…',
    'library.imported': '“{title}” was imported.',
    'library.dialogTitle': 'Import documents',
    'library.filter.supported': 'PDF, Word, OpenDocument, HTML, Markdown, text and scans',
    'kind.ruling': 'Ruling',
    'kind.article': 'Article',
    'kind.statute': 'Statute',
    'kind.other': 'Other',
    'import.error.empty': '“{name}” is empty: there is no text to import. Check that you picked the right file.',
    'import.error.binary':
      '“{name}” is not a text file (it looks like binary data, perhaps a renamed PDF or Word file). Import a Word, OpenDocument, HTML, Markdown or plain-text file.',
    'import.error.tooLarge': '“{name}” is too large ({size}). Glose imports files up to {max}; split the file or export a smaller part.',
    'import.error.unsupported':
      '“{name}” is not a format Glose can import yet. Import a PDF, Word (.docx), OpenDocument (.odt), HTML, Markdown or text file, or a scan (.png, .jpg, .tif).',
    'import.error.noText': '“{name}” contains no readable text once its markup is removed.',
    'import.error.corrupt':
      '“{name}” is damaged or incomplete and cannot be read. Open it in the application that made it to check it, or get a new copy.',
    'import.error.encrypted': '“{name}” is protected by a password and could not be opened. Your library was not changed.',
    'import.error.wrongPassword':
      'The password for “{name}” was wrong three times, so the file was not imported. Import it again to retry.',
    'import.error.cancelled': 'The import of “{name}” was cancelled. Your library was not changed.',
    'import.error.unknown': '“{name}” could not be imported: {detail}. Your library was not changed.',
    'import.duplicate': '“{name}” is already in your library as “{title}”; it was not imported again.',
  },
  {
    'library.heading': 'Bibliothèque',
    'library.import': 'Importer des fichiers…',
    'library.dropHint': 'Déposez ici des fichiers PDF, Word, OpenDocument, HTML, Markdown, texte ou des numérisations pour les importer',
    'library.empty': 'Votre bibliothèque est vide. Importez une décision ou un article pour commencer.',
    'library.col.title': 'Titre',
    'library.col.kind': 'Type',
    'library.col.importedAt': 'Importé le',
    'library.col.passages': 'Passages',
    'library.importing': 'Import de {name}…',
    'library.imported': '« {title} » a été importé.',
    'library.dialogTitle': 'Importer des documents',
    'library.filter.supported': 'PDF, Word, OpenDocument, HTML, Markdown, texte et numérisations',
    'kind.ruling': 'Décision',
    'kind.article': 'Article',
    'kind.statute': 'Texte',
    'kind.other': 'Autre',
    'import.error.empty': '« {name} » est vide : il n’y a aucun texte à importer. Vérifiez que vous avez choisi le bon fichier.',
    'import.error.binary':
      '« {name} » n’est pas un fichier texte (il contient des données binaires, peut-être un PDF ou un fichier Word renommé). Importez un fichier Word, OpenDocument, HTML, Markdown ou texte.',
    'import.error.tooLarge':
      '« {name} » est trop volumineux ({size}). Glose importe les fichiers jusqu’à {max} ; scindez le fichier ou exportez-en une partie.',
    'import.error.unsupported':
      '« {name} » n’est pas encore un format que Glose sait importer. Importez un fichier PDF, Word (.docx), OpenDocument (.odt), HTML, Markdown ou texte, ou une numérisation (.png, .jpg, .tif).',
    'import.error.noText': '« {name} » ne contient aucun texte lisible une fois le balisage retiré.',
    'import.error.corrupt':
      '« {name} » est endommagé ou incomplet et ne peut pas être lu. Ouvrez-le avec l’application qui l’a créé pour le vérifier, ou procurez-vous-en une nouvelle copie.',
    'import.error.encrypted': '« {name} » est protégé par un mot de passe et n’a pas pu être ouvert. Votre bibliothèque n’a pas été modifiée.',
    'import.error.wrongPassword':
      'Le mot de passe de « {name} » a été refusé trois fois : le fichier n’a pas été importé. Importez-le de nouveau pour réessayer.',
    'import.error.cancelled': 'L’import de « {name} » a été annulé. Votre bibliothèque n’a pas été modifiée.',
    'import.error.unknown': '« {name} » n’a pas pu être importé : {detail}. Votre bibliothèque n’a pas été modifiée.',
    'import.duplicate': '« {name} » est déjà dans votre bibliothèque sous le titre « {title} » ; il n’a pas été importé une seconde fois.',
  },
);
