/** HV007 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'true', code: y('containerSecurityContext:', '  readOnlyRootFilesystem: true') },
    { name: 'empty helm create maps', code: y('podSecurityContext: {}', 'securityContext: {}') },
    { name: 'switched off', code: y('containerSecurityContext:', '  enabled: false', '  runAsUser: 0') },
  ],
  invalid: [
    {
      name: 'missing: inserted',
      code: y('podSecurityContext: {}', 'securityContext:', '  runAsNonRoot: true # keep'),
      errors: [{ messageId: 'missing', range: [1, 0, 1, 15], message: 'securityContext does not set readOnlyRootFilesystem: true' }],
      output: y('podSecurityContext: {}', 'securityContext:', '  runAsNonRoot: true # keep', '  readOnlyRootFilesystem: true'),
    },
    {
      name: 'explicit false: suggestion',
      code: y('metrics:', '  containerSecurityContext:', '    readOnlyRootFilesystem: false'),
      errors: [{ messageId: 'writable', range: [2, 28, 2, 33], message: 'metrics.containerSecurityContext sets readOnlyRootFilesystem to false', suggestions: ['Set readOnlyRootFilesystem: true (mount emptyDir volumes where the process writes)'] }],
    },
  ],
};
