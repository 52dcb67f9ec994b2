import { normalizeKey } from '../registry/normalize.js';
import type { Registry } from '../registry/schema.js';

// The registry's schools by ИНН, code and name, for the rows of a results file to find their school.

export interface SchoolIndex {
  byInn: Map<string, string>;
  byCode: Map<string, string>;
  byName: Map<string, string>;
  byMunicipalityName: Map<string, string>;
  municipalityByName: Map<string, string>;
}

export function indexRegistry(registry: Registry): SchoolIndex {
  const index: SchoolIndex = {
    byInn: new Map(),
    byCode: new Map(),
    byName: new Map(),
    byMunicipalityName: new Map(),
    municipalityByName: new Map(),
  };
  for (const municipality of registry.municipalities)
    index.municipalityByName.set(normalizeKey(municipality.name), municipality.id);
  for (const school of registry.schools) {
    if (school.inn !== undefined) index.byInn.set(school.inn, school.id);
    if (school.code !== undefined) index.byCode.set(school.code, school.id);
    for (const name of [school.name, school.shortName]) {
      if (name === undefined) continue;
      index.byName.set(normalizeKey(name), school.id);
      index.byMunicipalityName.set(`${school.municipalityId ?? ''}/${normalizeKey(name)}`, school.id);
    }
  }
  return index;
}
