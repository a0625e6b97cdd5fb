import rule from '../../rules/kubernetes/k8s034-no-single-replica';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s034.cases';

runRuleTests(rule, cases);
