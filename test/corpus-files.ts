/**
 * Files of the shared real-world corpus for tests (../shared/corpus/real). A user's clone has no
 * ../shared: `skipReason` then says so and corpus-based tests skip with it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REAL_CORPUS = join(__dirname, '..', '..', 'shared', 'corpus', 'real');
const BITNAMI = join(REAL_CORPUS, 'bitnami-charts');

/** Why corpus tests skip, or false when the corpus is present. */
export const corpusSkipReason: string | false = existsSync(BITNAMI) ? false : `no corpus at ${REAL_CORPUS}: it ships with the team's shared folder, not the repository`;

/** `{chart, code}` for each Bitnami chart's values.yaml. */
export function bitnamiValuesFiles(): { chart: string; code: string }[] {
  if (corpusSkipReason) return [];
  return readdirSync(BITNAMI)
    .filter((chart) => existsSync(join(BITNAMI, chart, 'values.yaml')))
    .sort()
    .map((chart) => ({ chart, code: readFileSync(join(BITNAMI, chart, 'values.yaml'), 'utf8') }));
}
