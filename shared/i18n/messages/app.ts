// The application shell: name, language switch, navigation and general errors.
import { bilingual } from './bilingual';

export const appMessages = bilingual(
  {
    'app.title': 'Glose',
    'app.tagline': 'Offline legal-argument annotation',
    'lang.label': 'Language',
    'lang.fr': 'Français',
    'lang.en': 'English',
    'nav.library': 'Library',
    'nav.backToLibrary': 'Back to the library',
    'error.generic': 'Something went wrong: {detail}',
    'error.storage':
      'The library could not be opened ({detail}). Your data has not been changed; close other Glose windows and try again.',
    'notice.dismiss': 'Dismiss',
  },
  {
    'app.title': 'Glose',
    'app.tagline': 'Annotation hors ligne des arguments juridiques',
    'lang.label': 'Langue',
    'lang.fr': 'Français',
    'lang.en': 'English',
    'nav.library': 'Bibliothèque',
    'nav.backToLibrary': 'Retour à la bibliothèque',
    'error.generic': 'Une erreur est survenue : {detail}',
    'error.storage':
      'La bibliothèque n’a pas pu être ouverte ({detail}). Vos données n’ont pas été modifiées ; fermez les autres fenêtres de Glose et réessayez.',
    'notice.dismiss': 'Fermer',
  },
);
