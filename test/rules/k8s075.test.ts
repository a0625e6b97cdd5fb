import rule from '../../rules/kubernetes/k8s075-control-plane-service-account-lookup';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s075.cases';

runRuleTests(rule, cases);
