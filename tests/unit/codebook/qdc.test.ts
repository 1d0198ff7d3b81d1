// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyToRows, guidFor, planQdcImport, readQdc, writeQdc } from '../../../shared/codebook';
import { tagDisplayName, tagNames } from '../../../shared/i18n';
import { ALTERNATIVES, CLOUD, LIMIT, tags } from './fixtures';

const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
let counter = 0;
const newId = () => `id-${++counter}`;

const HAND_WRITTEN = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA">
  <Codes>
    <Code guid="7A2D5B3E-1C4F-4E8A-9B6D-0F1E2D3C4B5A" name="Proportionnalité" isCodable="true" color="#A8E6DF">
      <Description>La mesure est-elle proportionnée au but poursuivi ?</Description>
      <Code guid="0d9c8b7a-6f5e-4d3c-2b1a-098765432100" name="Nécessité" isCodable="true" color="#F5B8D8"/>
    </Code>
    <Code guid="11111111-2222-4333-8444-555555555555" name="Risque Cloud Act" isCodable="true" color="#FF0000"/>
  </Codes>
  <Sets/>
</CodeBook>`;

describe('the .qdc codebook', () => {
  it('writes the standard’s shape: namespace, GUIDs, names, colours, nesting and descriptions', () => {
    const nested = tags.map((t) => (t.id === LIMIT ? { ...t, parentId: CLOUD, description: 'Durée < 3 ans & plus', example: 'trois ans' } : t));
    const xml = writeQdc(nested, (t) => tagDisplayName(t, 'en'));
    const doc = parseXml(xml);
    expect(doc.documentElement.namespaceURI).toBe('urn:QDA-XML:codebook:1.0');
    const cloud = doc.querySelector(`Code[guid="${guidFor(CLOUD)}"]`);
    expect(cloud?.getAttribute('name')).toBe('CLOUD Act risk');
    expect(cloud?.getAttribute('color')).toBe('#F4A3A3');
    expect(cloud?.getAttribute('isCodable')).toBe('true');
    expect(cloud?.querySelector(':scope > Code')?.getAttribute('name')).toBe('Three-year limit');
    expect(cloud?.querySelector(':scope > Code > Description')?.textContent).toContain('Durée < 3 ans & plus\n\nExample: trois ans');
    expect(guidFor(CLOUD)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('round-trips: what it writes it reads back to the same codebook', () => {
    const custom = tags.map((t) => (t.id === ALTERNATIVES ? { ...t, name: 'Pas d’alternative', description: 'Déf.', counterExample: 'Contre', triggers: ['a', 'b c'] } : t));
    const read = readQdc(writeQdc(custom, (t) => tagDisplayName(t, 'fr')), parseXml);
    if (!read.ok) throw new Error(read.problem);
    const plan = planQdcImport(custom, read.codes, tagNames, newId);
    expect(plan).toMatchObject({ added: 0, updated: 9 });
    const after = applyToRows(custom, plan.change.tags).find((t) => t.id === ALTERNATIVES);
    expect(after).toMatchObject({ name: 'Pas d’alternative', description: 'Déf.', counterExample: 'Contre', triggers: ['a', 'b c'] });
    expect(applyToRows(custom, plan.change.tags).find((t) => t.id === CLOUD)?.name).toBe('');
  });

  it('imports a hand-written codebook: new codes nested, a known name updated', () => {
    const read = readQdc(HAND_WRITTEN, parseXml);
    if (!read.ok) throw new Error(read.problem);
    const plan = planQdcImport(tags, read.codes, tagNames, newId);
    expect(plan).toMatchObject({ added: 2, updated: 1 });
    const after = applyToRows(tags, plan.change.tags);
    const parent = after.find((t) => t.name === 'Proportionnalité');
    expect(parent).toMatchObject({ color: '#a8e6df', description: 'La mesure est-elle proportionnée au but poursuivi ?' });
    expect(after.find((t) => t.name === 'Nécessité')?.parentId).toBe(parent?.id);
    expect(after.find((t) => t.id === CLOUD)?.color).toBe('#ff0000');
  });

  it('refuses what is not a codebook, with the reason', () => {
    expect(readQdc('not xml <', parseXml)).toMatchObject({ ok: false, problem: 'notXml' });
    expect(readQdc('<Project xmlns="urn:QDA-XML:project:1.0"/>', parseXml)).toMatchObject({ ok: false, problem: 'notCodebook' });
    expect(readQdc('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>', parseXml)).toMatchObject({ ok: false, problem: 'noCodes' });
    const twice = '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="a" name="X"/><Code guid="b" name="x"/></Codes></CodeBook>';
    expect(readQdc(twice, parseXml)).toMatchObject({ ok: false, problem: 'duplicateName', detail: 'x' });
    const badColour = '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="a" name="X" color="red"/></Codes></CodeBook>';
    expect(readQdc(badColour, parseXml)).toMatchObject({ ok: false, problem: 'badColour' });
    const noName = '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="a"/></Codes></CodeBook>';
    expect(readQdc(noName, parseXml)).toMatchObject({ ok: false, problem: 'codeWithoutName' });
  });
});
