/** HV008 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'pod map with RuntimeDefault', code: y('podSecurityContext:', '  fsGroup: 1001', '  seccompProfile:', '    type: RuntimeDefault') },
    { name: 'container map of the same component sets it', code: y('podSecurityContext:', '  fsGroup: 1001', 'containerSecurityContext:', '  seccompProfile: {type: RuntimeDefault}') },
    { name: 'empty pod map (HV001 territory)', code: y('podSecurityContext: {}') },
    { name: 'a container map one level down in the component sets it', code: y('registry:', '  podSecurityContext:', '    fsGroup: 10000', '  server:', '    containerSecurityContext:', '      seccompProfile: {type: RuntimeDefault}') },
  ],
  invalid: [
    {
      name: 'pod map without a profile',
      code: y('podSecurityContext:', '  enabled: true', '  fsGroup: 1001'),
      errors: [{ messageId: 'missing', range: [0, 0, 0, 18], message: 'podSecurityContext sets no seccompProfile' }],
      output: y('podSecurityContext:', '  enabled: true', '  fsGroup: 1001', '  seccompProfile:', '    type: RuntimeDefault'),
    },
    {
      name: 'Unconfined in a container map',
      code: y('containerSecurityContext:', '  seccompProfile:', '    type: Unconfined'),
      errors: [{ messageId: 'unconfined', range: [2, 10, 2, 20], message: 'containerSecurityContext sets the seccomp profile to Unconfined' }],
      output: y('containerSecurityContext:', '  seccompProfile:', '    type: RuntimeDefault'),
    },
  ],
};
