// Exports: argument lists and their save dialogs.
import { bilingual } from './bilingual';

export const exportMessages = bilingual(
  {
    'export.title': 'Arguments — {title}',
    'export.generated': 'Exported from Glose on {date}.',
    'export.noParagraph': 'no paragraph number',
    'export.untagged': 'Untagged',
    'export.note': 'Note: {note}',
    'export.dialogTitle': 'Save the argument list',
    'export.filter.markdown': 'Markdown',
  },
  {
    'export.title': 'Arguments — {title}',
    'export.generated': 'Exporté de Glose le {date}.',
    'export.noParagraph': 'sans numéro de point',
    'export.untagged': 'Sans étiquette',
    'export.note': 'Note : {note}',
    'export.dialogTitle': 'Enregistrer la liste des arguments',
    'export.filter.markdown': 'Markdown',
  },
);
