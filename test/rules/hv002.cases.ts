/** HV002 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

export const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'privileged: false', code: y('containerSecurityContext:', '  enabled: true', '  privileged: false') },
    { name: 'switched off with enabled: false', code: y('containerSecurityContext:', '  enabled: false', '  privileged: true') },
    { name: 'inside a disabled component', code: y('metrics:', '  enabled: false', '  securityContext:', '    privileged: true') },
    { name: 'a quoted "true" is a string the API server rejects', code: y('securityContext:', '  privileged: "true"') },
    { name: 'a privileged key outside any security context', code: y('rbac:', '  privileged: true') },
    { name: 'helm create default', code: y('podSecurityContext: {}', 'securityContext: {}') },
  ],
  invalid: [
    {
      name: 'helm create securityContext, comment kept',
      code: y('securityContext:', '  privileged: true # needs /dev/fuse', '  runAsNonRoot: true'),
      errors: [{ messageId: 'privileged', range: [1, 14, 1, 18], message: 'securityContext sets privileged: true' }],
      output: y('securityContext:', '  privileged: false # needs /dev/fuse', '  runAsNonRoot: true'),
    },
    {
      name: 'Bitnami maps at any depth, flow style, YAML 1.1 `on`',
      code: y('node:', '  containerSecurityContext: {enabled: true, privileged: on}', 'controller:', '  initContainerSecurityContext:', '    privileged: True'),
      errors: [
        { messageId: 'privileged', range: [1, 56, 1, 58], message: 'node.containerSecurityContext' },
        { messageId: 'privileged', range: [4, 16, 4, 20], message: 'controller.initContainerSecurityContext' },
      ],
      output: y('node:', '  containerSecurityContext: {enabled: true, privileged: false}', 'controller:', '  initContainerSecurityContext:', '    privileged: false'),
    },
    {
      name: 'CRLF',
      code: 'securityContext:\r\n  privileged: true\r\n',
      errors: [{ messageId: 'privileged', range: [1, 14, 1, 18] }],
      output: 'securityContext:\r\n  privileged: false\r\n',
    },
  ],
};
