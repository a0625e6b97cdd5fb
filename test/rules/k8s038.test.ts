import rule from '../../rules/kubernetes/k8s038-require-probe-on-declared-port';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s038.cases';

runRuleTests(rule, cases);
