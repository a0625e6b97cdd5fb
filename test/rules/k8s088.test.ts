import rule from '../../rules/kubernetes/k8s088-control-plane-service-account-keys';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s088.cases';

runRuleTests(rule, cases);
