import rule from '../../rules/kubernetes/k8s081-control-plane-encryption-at-rest';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s081.cases';

runRuleTests(rule, cases);
