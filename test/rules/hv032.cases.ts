/** HV032 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const c = (...lines: string[]): string => `${lines.join('\r\n')}\r\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'Bitnami default: no rules', code: y('rbac:', '  create: false', '  rules: []') },
    { name: 'explicit rules', code: y('rbac:', '  create: true', '  rules:', '    - apiGroups: [""]', '      resources: [pods]', '      verbs: [get, list, watch]') },
    { name: 'rbac.create false: no Role rendered', code: y('rbac:', '  create: false', '  rules:', '    - apiGroups: ["*"]', '      resources: ["*"]', '      verbs: ["*"]') },
    { name: 'rbac.enabled false', code: y('rbac:', '  enabled: false', '  extraRules:', '    - apiGroups: ["*"]', '      resources: [pods]', '      verbs: [get]') },
    { name: 'disabled component', code: y('operator:', '  enabled: false', '  rbac:', '    rules:', '      - apiGroups: [""]', '        resources: ["*"]', '        verbs: [get]') },
    { name: 'networkPolicy.extraRules are not RBAC', code: y('networkPolicy:', '  extraRules:', '    - apiGroups: ["*"]') },
    { name: 'a partial glob is a literal in RBAC', code: y('rbac:', '  rules:', '    - apiGroups: [""]', '      resources: ["pod*"]', '      verbs: [get]') },
  ],
  invalid: [
    {
      name: 'wildcards in every field, flow lists',
      code: y('rbac:', '  create: true', '  rules:', '    - apiGroups: ["*"]', '      resources: ["*"]', '      verbs: ["*"]'),
      errors: [
        { messageId: 'wildcard', range: [3, 18, 3, 21], message: 'rbac.rules[0] grants "*" in apiGroups: every API group', suggestions: [] },
        { messageId: 'wildcard', range: [4, 18, 4, 21], message: 'in resources: every resource', suggestions: [] },
        { messageId: 'wildcard', range: [5, 14, 5, 17], message: 'in verbs: every verb', suggestions: ['Narrow the verbs to read-only (get, list, watch)'] },
      ],
    },
    {
      name: 'block list verbs, create unset, second rule',
      code: y('rbac:', '  rules:', '    - apiGroups: [""]', '      resources: [pods]', '      verbs: [get]', '    - apiGroups:', '        - apps', '      resources:', '        - deployments', '      verbs:', '        - "*"'),
      errors: [{ messageId: 'wildcard', range: [10, 10, 10, 13], message: 'rbac.rules[1] grants "*" in verbs', suggestions: [] }],
    },
    {
      name: 'component rbac.extraRules, wildcard beside a verb',
      code: y('server:', '  rbac:', '    create: true', '    extraRules:', '      - apiGroups: [""]', '        resources: [secrets]', '        verbs: [get, "*"]'),
      errors: [{ messageId: 'wildcard', range: [6, 21, 6, 24], message: 'server.rbac.extraRules[0] grants "*" in verbs' }],
    },
    {
      name: 'CRLF overlay',
      filename: 'values-prod.yaml',
      code: c('rbac:', '  customRules:', '    - apiGroups: [""]', '      resources: ["*"]', '      verbs: [get]'),
      errors: [{ messageId: 'wildcard', range: [3, 18, 3, 21], message: 'rbac.customRules[0] grants "*" in resources' }],
    },
  ],
};
