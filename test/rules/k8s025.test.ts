import rule from '../../rules/kubernetes/k8s025-require-security-context';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s025.cases';

runRuleTests(rule, cases);
