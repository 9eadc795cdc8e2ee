// Names for the codes the server sends (industries, regions, parks), so a page never shows a raw
// code: industries and regions from the shared GB/T tables, parks from the parks list (read once).
import { useEffect, useState } from 'react';
import { findIndustry } from '../../../shared/codes/industries.ts';
import { findRegion } from '../../../shared/codes/regions.ts';
import { listParks } from '../api/parks';

const inLanguage = (n: { nameZh: string; nameEn: string }, language: string) => (language === 'en' ? n.nameEn : n.nameZh);

/** The name of an industry code (or prefix), from the nearest listed level up; the code when none is listed. */
export function industryLabel(code: string, language: string): string {
  for (let c = code; c.length > 0; c = c.length === 3 ? c.slice(0, 1) : c.slice(0, -1)) {
    const found = findIndustry(c);
    if (found) return inLanguage(found, language);
  }
  return code;
}

export function regionLabel(code: string, language: string): string {
  const found = findRegion(code);
  return found ? inLanguage(found, language) : code;
}

type ParkName = { name: string; nameEn: string | null };
let parks: Map<string, ParkName> | undefined;
let loading: Promise<Map<string, ParkName>> | undefined;

function loadParks(): Promise<Map<string, ParkName>> {
  loading ??= listParks({ pageSize: 100 })
    .then((page) => (parks = new Map(page.items.map((p) => [p.code, p]))))
    .catch(() => {
      loading = undefined;
      return new Map<string, ParkName>();
    });
  return loading;
}

/** A park's name in the reader's language by its code; an ellipsis until the list has loaded (never the code). */
export type ParkLabel = (code: string) => string;

export function useParkLabel(language: string): ParkLabel {
  const [known, setKnown] = useState(parks);
  useEffect(() => {
    if (known) return;
    let live = true;
    void loadParks().then((m) => live && setKnown(m));
    return () => {
      live = false;
    };
  }, [known]);
  return (code) => {
    if (!known) return '…';
    const park = known.get(code);
    return park ? (language === 'en' && park.nameEn ? park.nameEn : park.name) : code;
  };
}
