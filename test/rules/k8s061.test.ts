import rule from '../../rules/kubernetes/k8s061-no-unrestricted-service-exposure';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s061.cases';

runRuleTests(rule, cases);
