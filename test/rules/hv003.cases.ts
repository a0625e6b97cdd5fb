/** HV003 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

export const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'helm create securityContext with the flag', code: y('podSecurityContext: {}', 'securityContext:', '  allowPrivilegeEscalation: false', '  runAsNonRoot: true') },
    { name: 'empty maps are HV001\'s business', code: y('podSecurityContext: {}', 'securityContext: {}', 'containerSecurityContext:', '  enabled: true') },
    { name: 'pod-level maps cannot hold the field', code: y('podSecurityContext:', '  enabled: true', '  fsGroup: 1001', '  runAsUser: 1001') },
    { name: 'a securityContext holding pod fields is pod-level', code: y('securityContext:', '  enabled: true', '  fsGroup: 1001', '  runAsUser: 1001') },
    { name: 'an ambiguous securityContext (only inherited fields, no hint) is not judged', code: y('securityContext:', '  runAsUser: 1001', '  runAsNonRoot: true') },
    { name: 'switched off with enabled: false', code: y('metrics:', '  securityContext:', '    enabled: false', '    runAsUser: 1001', '    readOnlyRootFilesystem: true') },
    { name: 'inside a disabled component', code: y('volumePermissions:', '  enabled: false', '  image:', '    repository: bitnami/os-shell', '  containerSecurityContext:', '    runAsUser: 0') },
    { name: 'YAML 1.1 `false` spellings', code: y('containerSecurityContext:', '  readOnlyRootFilesystem: true', '  allowPrivilegeEscalation: off') },
  ],
  invalid: [
    {
      name: 'helm create securityContext with hardening but no flag',
      code: y('podSecurityContext:', '  fsGroup: 2000', 'securityContext:', '  capabilities:', '    drop:', '    - ALL', '  readOnlyRootFilesystem: true # app writes to /tmp only'),
      errors: [{ messageId: 'missing', range: [2, 0, 2, 15], message: 'securityContext does not set allowPrivilegeEscalation: false' }],
      output: y('podSecurityContext:', '  fsGroup: 2000', 'securityContext:', '  capabilities:', '    drop:', '    - ALL', '  readOnlyRootFilesystem: true # app writes to /tmp only', '  allowPrivilegeEscalation: false'),
    },
    {
      name: 'a component with its own image renders one container from securityContext',
      code: y('metrics:', '  image:', '    repository: bitnami/nginx-exporter', '  securityContext:', '    runAsUser: 1001'),
      errors: [{ messageId: 'missing', range: [3, 2, 3, 17], message: 'metrics.securityContext' }],
      output: y('metrics:', '  image:', '    repository: bitnami/nginx-exporter', '  securityContext:', '    runAsUser: 1001', '    allowPrivilegeEscalation: false'),
    },
    {
      name: 'true, Bitnami map at depth',
      code: y('primary:', '  containerSecurityContext:', '    enabled: true', '    allowPrivilegeEscalation: true', '    seccompProfile:', '      type: RuntimeDefault'),
      errors: [{ messageId: 'allowed', range: [3, 30, 3, 34], message: 'primary.containerSecurityContext sets allowPrivilegeEscalation to true' }],
      output: y('primary:', '  containerSecurityContext:', '    enabled: true', '    allowPrivilegeEscalation: false', '    seccompProfile:', '      type: RuntimeDefault'),
    },
    {
      name: 'missing in a Bitnami init-container map, after a nested last entry',
      code: y('primary:', '  initContainerSecurityContext:', '    enabled: true', '    runAsUser: 1001', '    seccompProfile:', '      type: RuntimeDefault', '  resources: {}'),
      errors: [{ messageId: 'missing', range: [1, 2, 1, 30] }],
      output: y('primary:', '  initContainerSecurityContext:', '    enabled: true', '    runAsUser: 1001', '    seccompProfile:', '      type: RuntimeDefault', '    allowPrivilegeEscalation: false', '  resources: {}'),
    },
    {
      name: 'flow map',
      code: y('securityContext: {runAsUser: 1001, readOnlyRootFilesystem: true}'),
      errors: [{ messageId: 'missing', range: [0, 0, 0, 15] }],
      output: y('securityContext: {runAsUser: 1001, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false}'),
    },
    {
      name: 'privileged without the flag: suggestion only',
      code: y('containerSecurityContext:', '  enabled: true', '  privileged: true'),
      errors: [{ messageId: 'granted', range: [0, 0, 0, 24], suggestions: ['Set privileged: false and set allowPrivilegeEscalation: false'] }],
    },
    {
      name: 'SYS_ADMIN with false is contradictory',
      code: y('containerSecurityContext:', '  allowPrivilegeEscalation: false', '  capabilities:', '    add: ["SYS_ADMIN"]'),
      errors: [{ messageId: 'contradictory', range: [1, 28, 1, 33], suggestions: ['Remove SYS_ADMIN'] }],
    },
    {
      name: 'CRLF, 4-space indentation',
      code: 'server:\r\n    containerSecurityContext:\r\n        readOnlyRootFilesystem: true\r\n',
      errors: [{ messageId: 'missing', range: [1, 4, 1, 28] }],
      output: 'server:\r\n    containerSecurityContext:\r\n        readOnlyRootFilesystem: true\r\n        allowPrivilegeEscalation: false\r\n',
    },
  ],
};
