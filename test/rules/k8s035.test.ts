import rule from '../../rules/kubernetes/k8s035-require-owner-label';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s035.cases';

runRuleTests(rule, cases);
