/** HV006 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'drops ALL', code: y('podSecurityContext: {}', 'securityContext:', '  capabilities:', '    drop: [ALL]', '  runAsNonRoot: true') },
    { name: 'empty maps are not judged', code: y('podSecurityContext: {}', 'securityContext: {}') },
    { name: 'pod-level map', code: y('podSecurityContext:', '  fsGroup: 1001') },
    { name: 'disabled component', code: y('metrics:', '  enabled: false', '  containerSecurityContext:', '    runAsUser: 1001') },
  ],
  invalid: [
    {
      name: 'Bitnami containerSecurityContext without capabilities',
      code: y('containerSecurityContext:', '  enabled: true', '  runAsUser: 1001'),
      errors: [{ messageId: 'missing', range: [0, 0, 0, 24], message: 'containerSecurityContext does not drop capabilities' }],
      output: y('containerSecurityContext:', '  enabled: true', '  runAsUser: 1001', '  capabilities:', '    drop: [ALL]'),
    },
    {
      name: 'drops NET_RAW only: ALL appended',
      code: y('primary:', '  containerSecurityContext:', '    capabilities:', '      drop:', '      - NET_RAW'),
      errors: [{ messageId: 'partial', range: [3, 6, 3, 10], message: 'primary.containerSecurityContext drops NET_RAW but not ALL' }],
      output: y('primary:', '  containerSecurityContext:', '    capabilities:', '      drop:', '      - NET_RAW', '      - ALL'),
    },
  ],
};
