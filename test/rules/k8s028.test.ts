import rule from '../../rules/kubernetes/k8s028-no-windows-host-process';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s028.cases';

runRuleTests(rule, cases);
