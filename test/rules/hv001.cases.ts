/** HV001 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

export const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** `helm create`'s scaffold, verbatim in shape: both maps `{}` with commented examples. */
export const HELM_CREATE = ['podSecurityContext: {}', '  # fsGroup: 2000', '', 'securityContext: {}', '  # capabilities:', '  #   drop:', '  #   - ALL', '  # readOnlyRootFilesystem: true', '  # runAsNonRoot: true', '  # runAsUser: 1000'];

export const BITNAMI_OK = [
  'primary:',
  '  podSecurityContext:',
  '    enabled: true',
  '    fsGroup: 1001',
  '  containerSecurityContext:',
  '    enabled: true',
  '    seLinuxOptions: {}',
  '    runAsUser: 1001',
  '    runAsNonRoot: true',
  '    allowPrivilegeEscalation: false',
];

export const cases: RuleTests = {
  valid: [
    { name: 'Bitnami defaults', code: y(...BITNAMI_OK) },
    { name: 'a map switched off with enabled: false', code: y('containerSecurityContext:', '  enabled: false', '  runAsUser: 0') },
    { name: 'a disabled component (volumePermissions.enabled: false) renders nothing', code: y('volumePermissions:', '  enabled: false', '  containerSecurityContext:', '    runAsUser: 0', '    runAsNonRoot: false') },
    { name: 'helm create, pod map empty but the container map keeps off root', code: y('podSecurityContext: {}', 'securityContext:', '  runAsNonRoot: true') },
    { name: 'helm create, container map empty but the pod map sets a UID', code: y('podSecurityContext:', '  runAsUser: 1001', 'securityContext: {}') },
    { name: 'runAsNonRoot: false next to a non-zero UID changes nothing', code: y('securityContext:', '  runAsUser: 1001', '  runAsNonRoot: false') },
    { name: 'a string UID is not rendered as root by the API server (it rejects it)', code: y('securityContext:', '  runAsUser: "0"') },
    { name: 'adaptSecurityContext is a Bitnami switch, not a security context', code: y('global:', '  compatibility:', '    openshift:', '      adaptSecurityContext: auto') },
    { name: 'unrelated keys named like settings', code: y('runAsUser: 0', 'config:', '  runAsNonRoot: false') },
  ],
  invalid: [
    {
      name: 'helm create scaffold: one finding on securityContext, comments kept',
      code: y(...HELM_CREATE),
      errors: [{ messageId: 'empty', range: [3, 0, 3, 15], message: 'securityContext is empty' }],
      output: y('podSecurityContext: {}', '  # fsGroup: 2000', '', 'securityContext: {runAsNonRoot: true}', '  # capabilities:', '  #   drop:', '  #   - ALL', '  # readOnlyRootFilesystem: true', '  # runAsNonRoot: true', '  # runAsUser: 1000'),
    },
    {
      name: 'empty pod map beside a container map that does not keep off root',
      code: y('podSecurityContext: {}', 'securityContext:', '  capabilities:', '    drop: [ALL]'),
      errors: [{ messageId: 'empty', range: [0, 0, 0, 18], message: 'podSecurityContext is empty' }],
      output: y('podSecurityContext: {runAsNonRoot: true}', 'securityContext:', '  capabilities:', '    drop: [ALL]'),
    },
    {
      name: '`securityContext:` with no value',
      code: y('app:', '  securityContext:', '  image: nginx'),
      errors: [{ messageId: 'empty', range: [1, 2, 1, 17], message: 'app.securityContext' }],
      output: y('app:', '  securityContext:', '    runAsNonRoot: true', '  image: nginx'),
    },
    {
      name: 'a Bitnami map holding only `enabled: true` is empty',
      code: y('metrics:', '  containerSecurityContext:', '    enabled: true'),
      errors: [{ messageId: 'empty', range: [1, 2, 1, 26] }],
      output: y('metrics:', '  containerSecurityContext:', '    enabled: true', '    runAsNonRoot: true'),
    },
    {
      name: 'runAsUser: 0 at depth',
      code: y('primary:', '  containerSecurityContext:', '    enabled: true', '    runAsUser: 0 # chown needs root'),
      errors: [{ messageId: 'rootUser', range: [3, 15, 3, 16], message: 'primary.containerSecurityContext sets runAsUser: 0' }],
      output: y('primary:', '  containerSecurityContext:', '    enabled: true', '    runAsUser: 10001 # chown needs root'),
    },
    {
      name: 'runAsUser: 0 and runAsNonRoot: false in one enabled map (Bitnami postgresql-ha volumePermissions shape)',
      code: y('volumePermissions:', '  enabled: true', '  podSecurityContext:', '    enabled: true', '    runAsUser: 0', '    runAsGroup: 0', '    runAsNonRoot: false'),
      errors: [
        { messageId: 'rootUser', range: [4, 15, 4, 16] },
        { messageId: 'nonRootDisabled', range: [6, 18, 6, 23] },
      ],
      output: y('volumePermissions:', '  enabled: true', '  podSecurityContext:', '    enabled: true', '    runAsUser: 10001', '    runAsGroup: 0', '    runAsNonRoot: true'),
    },
    {
      name: 'YAML 1.1 `no` is false, in a list item',
      code: y('sidecars:', '  - name: proxy', '    securityContext:', '      runAsNonRoot: no'),
      errors: [{ messageId: 'nonRootDisabled', range: [3, 20, 3, 22], message: 'sidecars[0].securityContext' }],
      output: y('sidecars:', '  - name: proxy', '    securityContext:', '      runAsNonRoot: true'),
    },
    {
      name: 'CRLF and 4-space indentation',
      code: 'server:\r\n    containerSecurityContext:\r\n        enabled: true\r\n',
      errors: [{ messageId: 'empty', range: [1, 4, 1, 28] }],
      output: 'server:\r\n    containerSecurityContext:\r\n        enabled: true\r\n        runAsNonRoot: true\r\n',
    },
  ],
};
