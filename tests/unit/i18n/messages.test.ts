import { describe, expect, it } from 'vitest';
import { en, FEATURE_KEY_COUNT, fr, langFromLocale, tagDisplayName, translate } from '../../../shared/i18n';
import { DEFAULT_TAGS } from '../../../shared/model';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionary', () => {
  it('has the same keys in French and English', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no key defined by two features', () => {
    expect(Object.keys(en)).toHaveLength(FEATURE_KEY_COUNT);
  });

  it('uses the same placeholders in both languages, and no string is empty', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
      expect(fr[key].trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('fr', 'library.imported', { title: 'CE, 25 avril 2025' })).toBe('« CE, 25 avril 2025 » a été importé.');
    expect(translate('en', 'library.imported')).toBe('“{title}” was imported.');
  });

  it('picks French for French locales and English otherwise', () => {
    expect(langFromLocale('fr-FR')).toBe('fr');
    expect(langFromLocale('fr')).toBe('fr');
    expect(langFromLocale('de-DE')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });
});

describe('tagDisplayName', () => {
  it('names the default tags in the interface language until the user renames them', () => {
    const [cloud, alternatives, limit] = DEFAULT_TAGS;
    expect(tagDisplayName(cloud!, 'fr')).toBe('Risque Cloud Act');
    expect(tagDisplayName(alternatives!, 'fr')).toBe('Absence d’alternative européenne');
    expect(tagDisplayName(limit!, 'en')).toBe('Three-year limit');
    expect(tagDisplayName({ ...cloud!, name: 'Extraterritorialité' }, 'en')).toBe('Extraterritorialité');
  });
});
