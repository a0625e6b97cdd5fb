import rule from '../../rules/kubernetes/k8s027-no-unsafe-sysctls';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s027.cases';

runRuleTests(rule, cases);
