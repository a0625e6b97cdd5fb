import rule from '../../rules/kubernetes/k8s077-control-plane-audit-log-retention';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s077.cases';

runRuleTests(rule, cases);
