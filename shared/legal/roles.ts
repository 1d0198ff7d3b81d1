// The role a new passage gets from where it sits: the user can change it afterwards.
import type { DocumentKind, PassageRole, Section } from '../model';

export function defaultRole(section: Section | undefined, kind: DocumentKind): PassageRole | undefined {
  if (kind !== 'ruling') return 'commentary';
  switch (section) {
    case 'arguments':
      return 'claimant';
    case 'reasoning':
      return 'reasoning';
    case 'operative':
      return 'operative';
    default:
      return undefined;
  }
}
