/** WS010 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const DEPLOY = (replicas: string, namespace = 'shop'): string[] => ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', `  namespace: ${namespace}`, 'spec:', `  replicas: ${replicas}`, '  template:', '    metadata:', '      labels: {app: web}', '    spec:', '      containers: [{name: a}]'];
const PDB = (namespace: string, selector: string): string => y('apiVersion: policy/v1', 'kind: PodDisruptionBudget', 'metadata:', '  name: web', `  namespace: ${namespace}`, 'spec:', '  maxUnavailable: 1', `  selector: ${selector}`);
const SUGGESTION = 'Create a PodDisruptionBudget for web (maxUnavailable: 1)';

export const cases: RuleTests = {
  valid: [
    { name: 'a PDB in another file selects the pods', code: y(...DEPLOY('3')), workspace: { 'pdb.yaml': PDB('shop', '{matchLabels: {app: web}}') } },
    { name: 'a PDB in the same file', code: `${y(...DEPLOY('2'))}---\n${PDB('shop', '{matchExpressions: [{key: app, operator: In, values: [web, api]}]}')}` },
    { name: 'an empty selector selects every pod of the namespace', code: y(...DEPLOY('2')), workspace: { 'pdb.yaml': PDB('shop', '{}') } },
    { name: 'single replica (K8S034\'s concern)', code: y(...DEPLOY('1')) },
    { name: 'replicas absent', code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    spec:', '      containers: [{name: a}]') },
  ],
  invalid: [
    {
      name: 'no PDB at all',
      code: y(...DEPLOY('3')),
      errors: [{ messageId: 'missing', range: [6, 12, 6, 13], message: 'Deployment "web" runs 3 replicas but no PodDisruptionBudget in namespace "shop" selects its pods', suggestions: [SUGGESTION] }],
    },
    {
      name: 'the PDB is in another namespace',
      code: y(...DEPLOY('2')),
      workspace: { 'pdb.yaml': PDB('other', '{matchLabels: {app: web}}') },
      errors: [{ messageId: 'missing', range: [6, 12, 6, 13], suggestions: [SUGGESTION] }],
    },
    {
      name: 'a null selector selects nothing; StatefulSet',
      code: y('apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', '  name: db', 'spec:', '  replicas: 3', '  template:', '    spec:', '      containers: [{name: a}]'),
      workspace: { 'pdb.yaml': PDB('default', 'null') },
      errors: [{ messageId: 'missing', range: [5, 12, 5, 13], message: 'StatefulSet "db" runs 3 replicas', suggestions: [] }],
    },
  ],
};
