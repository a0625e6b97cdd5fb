/** Re-exports for the report tests (one import line per test file). */
export { buildReport, formatReport, REPORT_FORMATS } from '../../server/src/engine/report/index';
import { SOC2_CONTROLS } from '../../server/src/engine/types';
export const SOC2_CONTROLS_ORDER: string[] = [...SOC2_CONTROLS];
