import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, m49Area, m49Countries, placeCountries } from '../index';
import { M49_AREAS } from './m49-table';

// Memberships as the UN Statistics Division's M49 overview lists them.
describe('the built-in UN M49 table', () => {
  it('lists the eleven countries of South-eastern Asia (035)', () => {
    expect(m49Countries('035')).toEqual([
      'BN',
      'ID',
      'KH',
      'LA',
      'MM',
      'MY',
      'PH',
      'SG',
      'TH',
      'TL',
      'VN',
    ]);
  });

  it('lists the five countries of Central Asia (143) and the six of Australia and New Zealand (053)', () => {
    expect(m49Countries('143')).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
    expect(m49Countries('053')).toEqual(['AU', 'CC', 'CX', 'HM', 'NF', 'NZ']);
  });

  it('places countries through intermediate regions, up to the world', () => {
    expect(m49Countries('142')).toEqual(expect.arrayContaining(['KH', 'CY', 'TR', 'IR', 'KZ']));
    expect(m49Countries('142')).not.toContain('RU'); // M49 lists Russia in Eastern Europe
    expect(m49Countries('150')).toEqual(expect.arrayContaining(['RU', 'GG', 'JE']));
    expect(m49Countries('830')).toEqual(['GG', 'JE']); // Channel Islands, in Northern Europe
    expect(m49Countries('002')).toEqual(expect.arrayContaining(['NG', 'EG', 'ZA']));
    expect(m49Countries('202')).not.toContain('EG'); // Northern Africa is not sub-Saharan
    expect(m49Countries('419')).toEqual(expect.arrayContaining(['MX', 'BR', 'CU']));
    expect(m49Countries('021')).toEqual(['BM', 'CA', 'GL', 'PM', 'US']);
  });

  it('counts every country in the world (001), including those M49 places in no region', () => {
    expect(m49Countries('001')).toEqual([...COUNTRY_CODES]);
    for (const code of ['AQ', 'TW', 'XK']) {
      const regions = Object.keys(M49_AREAS).filter((area) =>
        m49Countries(area)?.includes(code as 'AQ'),
      );
      expect(regions).toEqual(['001']);
    }
  });

  it('puts every other country in exactly one of the five continental regions', () => {
    const continents = ['002', '009', '019', '142', '150'];
    const placed = continents.flatMap((code) => m49Countries(code) ?? []);
    expect(new Set(placed).size).toBe(placed.length);
    expect(placed.length).toBe(COUNTRY_CODES.length - 3);
  });

  it('names areas and their parents, and knows no other code', () => {
    expect(m49Area('142')).toEqual({ code: '142', name: 'Asia', parent: '001' });
    expect(m49Area('001')).toEqual({ code: '001', name: 'World' });
    for (const code of ['116', '199', '', 'toString', '__proto__']) {
      expect(m49Area(code)).toBeUndefined();
      expect(m49Countries(code)).toBeUndefined();
    }
    for (const [code, area] of Object.entries(M49_AREAS)) {
      if ('parent' in area) expect(Object.hasOwn(M49_AREAS, area.parent), code).toBe(true);
    }
  });
});

describe('placeCountries', () => {
  it('prefers a region’s listed countries over its M49 members', () => {
    expect(
      placeCountries({ kind: 'region', name: 'Mekong', m49: '035', countries: ['KH', 'LA'] }),
    ).toEqual(['KH', 'LA']);
    expect(placeCountries({ kind: 'region', name: 'Asia', m49: '142' })).toHaveLength(50);
    expect(placeCountries({ kind: 'subdivision', code: 'KH-12' })).toBeUndefined();
  });
});
