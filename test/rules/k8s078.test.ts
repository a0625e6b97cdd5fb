import rule from '../../rules/kubernetes/k8s078-audit-policy-coverage';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s078.cases';

runRuleTests(rule, cases);
