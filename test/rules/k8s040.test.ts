import rule from '../../rules/kubernetes/k8s040-no-permissive-ingress-host';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s040.cases';

runRuleTests(rule, cases);
