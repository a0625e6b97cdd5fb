import rule from '../../rules/kubernetes/k8s073-control-plane-admission-plugins';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s073.cases';

runRuleTests(rule, cases);
