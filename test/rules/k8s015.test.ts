import rule from '../../rules/kubernetes/k8s015-no-service-account-token-automount';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s015.cases';

runRuleTests(rule, cases);
