// Every user-facing string, in English and French. The English table fixes the keys;
// the French one must have exactly the same (the type checker enforces it).

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['fr', 'en'];

export const en = {
  'app.title': 'Glose',
  'app.tagline': 'Offline legal-argument annotation',
  'lang.label': 'Language',
  'lang.fr': 'Français',
  'lang.en': 'English',

  'nav.library': 'Library',
  'nav.backToLibrary': 'Back to the library',

  'library.heading': 'Library',
  'library.import': 'Import files…',
  'library.dropHint': 'Drop text, Markdown or HTML files here to import them',
  'library.empty': 'Your library is empty. Import a ruling or an article to start.',
  'library.col.title': 'Title',
  'library.col.kind': 'Kind',
  'library.col.importedAt': 'Imported',
  'library.col.passages': 'Passages',
  'library.open': 'Open {title}',
  'library.importing': 'Importing {name}…',
  'library.imported': '“{title}” was imported.',
  'library.dialogTitle': 'Import documents',
  'library.filter.supported': 'Text, Markdown and HTML',

  'kind.ruling': 'Ruling',
  'kind.article': 'Article',
  'kind.statute': 'Statute',
  'kind.other': 'Other',

  'import.error.empty': '“{name}” is empty: there is no text to import. Check that you picked the right file.',
  'import.error.binary':
    '“{name}” is not a text file (it looks like binary data, perhaps a renamed PDF or Word file). Import a plain-text, Markdown or HTML file.',
  'import.error.tooLarge': '“{name}” is too large ({size}). Glose imports files up to {max}; split the file or export a smaller part.',
  'import.error.unsupported':
    '“{name}” is not a format Glose can import yet. Import a .txt, .md or .html file.',
  'import.error.noText': '“{name}” contains no readable text once its markup is removed.',
  'import.error.unknown': '“{name}” could not be imported: {detail}. Your library was not changed.',
  'import.nothingAdded': 'Nothing was added to your library.',
  'import.duplicate': '“{name}” is already in your library as “{title}”; it was not imported again.',

  'reader.toolbar.tagWith': 'Tag the selection as “{tag}” (key {key})',
  'reader.toolbar.label': 'Tag the selected passage',
  'reader.selectFirst': 'Select a passage in the text first, then choose a tag.',
  'reader.export': 'Export arguments (Markdown)',
  'reader.exported': 'The argument list was saved.',
  'reader.exportEmpty': 'There are no tagged passages to export in this document yet.',
  'reader.documentText': 'Text of the document',
  'reader.paragraphNumber': 'Paragraph {number}',
  'reader.notFound': 'This document is no longer in the library.',
  'reader.loading': 'Opening the document…',
  'reader.tagged': 'Passage tagged “{tag}”.',
  'reader.alreadyTagged': 'This passage is already tagged “{tag}”.',

  'passages.heading': 'Passages',
  'passages.empty': 'No passage tagged yet. Select text, then press 1, 2 or 3 or use the toolbar.',
  'passages.goTo': 'Show this passage in the text',
  'passages.remove': 'Remove passage',
  'passages.removeLabel': 'Remove the passage “{quote}”',
  'passages.removed': 'The passage was removed.',
  'passages.paragraph': '¶ {number}',
  'passages.count': '{count} passages',

  'tag.builtin.cloudActRisk': 'CLOUD Act risk',
  'tag.builtin.lackOfEuropeanAlternatives': 'Lack of European alternatives',
  'tag.builtin.threeYearLimit': 'Three-year limit',

  'export.title': 'Arguments — {title}',
  'export.generated': 'Exported from Glose on {date}.',
  'export.paragraph': 'para. {number}',
  'export.noParagraph': 'no paragraph number',
  'export.untagged': 'Untagged',
  'export.note': 'Note: {note}',
  'export.dialogTitle': 'Save the argument list',
  'export.filter.markdown': 'Markdown',
  'export.source': 'Source',

  'error.generic': 'Something went wrong: {detail}',
  'error.storage':
    'The library could not be opened ({detail}). Your data has not been changed; close other Glose windows and try again.',
  'notice.dismiss': 'Dismiss',

  'menu.file': 'File',
  'menu.import': 'Import…',
  'menu.quit': 'Quit',
  'menu.edit': 'Edit',
  'menu.view': 'View',
  'menu.help': 'Help',
  'menu.about': 'About Glose',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select All',
  'menu.reload': 'Reload',
  'menu.toggleDevTools': 'Developer Tools',
  'menu.resetZoom': 'Actual Size',
  'menu.zoomIn': 'Zoom In',
  'menu.zoomOut': 'Zoom Out',
  'menu.toggleFullscreen': 'Full Screen',
} as const;

export type MessageKey = keyof typeof en;

export const fr: Record<MessageKey, string> = {
  'app.title': 'Glose',
  'app.tagline': 'Annotation hors ligne des arguments juridiques',
  'lang.label': 'Langue',
  'lang.fr': 'Français',
  'lang.en': 'English',

  'nav.library': 'Bibliothèque',
  'nav.backToLibrary': 'Retour à la bibliothèque',

  'library.heading': 'Bibliothèque',
  'library.import': 'Importer des fichiers…',
  'library.dropHint': 'Déposez ici des fichiers texte, Markdown ou HTML pour les importer',
  'library.empty': 'Votre bibliothèque est vide. Importez une décision ou un article pour commencer.',
  'library.col.title': 'Titre',
  'library.col.kind': 'Type',
  'library.col.importedAt': 'Importé le',
  'library.col.passages': 'Passages',
  'library.open': 'Ouvrir {title}',
  'library.importing': 'Import de {name}…',
  'library.imported': '« {title} » a été importé.',
  'library.dialogTitle': 'Importer des documents',
  'library.filter.supported': 'Texte, Markdown et HTML',

  'kind.ruling': 'Décision',
  'kind.article': 'Article',
  'kind.statute': 'Texte',
  'kind.other': 'Autre',

  'import.error.empty': '« {name} » est vide : il n’y a aucun texte à importer. Vérifiez que vous avez choisi le bon fichier.',
  'import.error.binary':
    '« {name} » n’est pas un fichier texte (il contient des données binaires, peut-être un PDF ou un fichier Word renommé). Importez un fichier texte, Markdown ou HTML.',
  'import.error.tooLarge':
    '« {name} » est trop volumineux ({size}). Glose importe les fichiers jusqu’à {max} ; scindez le fichier ou exportez-en une partie.',
  'import.error.unsupported':
    '« {name} » n’est pas encore un format que Glose sait importer. Importez un fichier .txt, .md ou .html.',
  'import.error.noText': '« {name} » ne contient aucun texte lisible une fois le balisage retiré.',
  'import.error.unknown': '« {name} » n’a pas pu être importé : {detail}. Votre bibliothèque n’a pas été modifiée.',
  'import.nothingAdded': 'Rien n’a été ajouté à votre bibliothèque.',
  'import.duplicate': '« {name} » est déjà dans votre bibliothèque sous le titre « {title} » ; il n’a pas été importé une seconde fois.',

  'reader.toolbar.tagWith': 'Étiqueter la sélection « {tag} » (touche {key})',
  'reader.toolbar.label': 'Étiqueter le passage sélectionné',
  'reader.selectFirst': 'Sélectionnez d’abord un passage du texte, puis choisissez une étiquette.',
  'reader.export': 'Exporter les arguments (Markdown)',
  'reader.exported': 'La liste des arguments a été enregistrée.',
  'reader.exportEmpty': 'Ce document n’a encore aucun passage étiqueté à exporter.',
  'reader.documentText': 'Texte du document',
  'reader.paragraphNumber': 'Point {number}',
  'reader.notFound': 'Ce document n’est plus dans la bibliothèque.',
  'reader.loading': 'Ouverture du document…',
  'reader.tagged': 'Passage étiqueté « {tag} ».',
  'reader.alreadyTagged': 'Ce passage est déjà étiqueté « {tag} ».',

  'passages.heading': 'Passages',
  'passages.empty':
    'Aucun passage étiqueté. Sélectionnez du texte, puis appuyez sur 1, 2 ou 3 ou utilisez la barre d’outils.',
  'passages.goTo': 'Afficher ce passage dans le texte',
  'passages.remove': 'Supprimer le passage',
  'passages.removeLabel': 'Supprimer le passage « {quote} »',
  'passages.removed': 'Le passage a été supprimé.',
  'passages.paragraph': 'pt {number}',
  'passages.count': '{count} passages',

  'tag.builtin.cloudActRisk': 'Risque Cloud Act',
  'tag.builtin.lackOfEuropeanAlternatives': 'Absence d’alternative européenne',
  'tag.builtin.threeYearLimit': 'Limitation à trois ans',

  'export.title': 'Arguments — {title}',
  'export.generated': 'Exporté de Glose le {date}.',
  'export.paragraph': 'pt {number}',
  'export.noParagraph': 'sans numéro de point',
  'export.untagged': 'Sans étiquette',
  'export.note': 'Note : {note}',
  'export.dialogTitle': 'Enregistrer la liste des arguments',
  'export.filter.markdown': 'Markdown',
  'export.source': 'Source',

  'error.generic': 'Une erreur est survenue : {detail}',
  'error.storage':
    'La bibliothèque n’a pas pu être ouverte ({detail}). Vos données n’ont pas été modifiées ; fermez les autres fenêtres de Glose et réessayez.',
  'notice.dismiss': 'Fermer',

  'menu.file': 'Fichier',
  'menu.import': 'Importer…',
  'menu.quit': 'Quitter',
  'menu.edit': 'Édition',
  'menu.view': 'Affichage',
  'menu.help': 'Aide',
  'menu.about': 'À propos de Glose',
  'menu.undo': 'Annuler',
  'menu.redo': 'Rétablir',
  'menu.cut': 'Couper',
  'menu.copy': 'Copier',
  'menu.paste': 'Coller',
  'menu.selectAll': 'Tout sélectionner',
  'menu.reload': 'Recharger',
  'menu.toggleDevTools': 'Outils de développement',
  'menu.resetZoom': 'Taille réelle',
  'menu.zoomIn': 'Zoom avant',
  'menu.zoomOut': 'Zoom arrière',
  'menu.toggleFullscreen': 'Plein écran',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, fr };
