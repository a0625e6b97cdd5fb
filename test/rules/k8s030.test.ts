import rule from '../../rules/kubernetes/k8s030-no-unconfined-apparmor-selinux';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s030.cases';

runRuleTests(rule, cases);
