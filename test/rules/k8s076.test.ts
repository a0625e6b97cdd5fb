import rule from '../../rules/kubernetes/k8s076-control-plane-require-audit-log';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s076.cases';

runRuleTests(rule, cases);
