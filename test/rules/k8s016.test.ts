import rule from '../../rules/kubernetes/k8s016-no-default-service-account';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s016.cases';

runRuleTests(rule, cases);
