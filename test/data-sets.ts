// Where the public data sets of `npm run test:data` are: ../shared/data beside the clone, or KEJIN_TEST_DATA_DIR.
import fs from 'node:fs';
import path from 'node:path';

export const DATA_SETS_DIR = path.resolve(process.env.KEJIN_TEST_DATA_DIR ?? '../shared/data');

/** The path of a data set, or an error that says where it was looked for. */
export function dataSetPath(file: string): string {
  const full = path.join(DATA_SETS_DIR, file);
  if (!fs.existsSync(full)) throw new Error(`Data set ${file} not found in ${DATA_SETS_DIR} (put the data sets in ../shared/data or set KEJIN_TEST_DATA_DIR)`);
  return full;
}
