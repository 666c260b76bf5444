/**
 * Process: the one door to the Camunda engine ({@link cn.guifanku.process.Workflow}) and the only feature that imports
 * it (besides the adapters named for Camunda: the identity provider in people, the single sign-on in security). The
 * model lives in the top-level {@code bpmn/}; its delegates ({@code ModelDelegates}, bean names = the model's task
 * ids) live here and call the features through step contracts the features implement
 * ({@link cn.guifanku.process.ProposalSteps}, {@link cn.guifanku.process.CommentPeriodSteps},
 * {@link cn.guifanku.process.BallotSteps}, {@link cn.guifanku.process.PublicationSteps}); only the process moves a
 * proposal's {@link cn.guifanku.process.Stage} ({@link cn.guifanku.process.ProposalLifecycle}). Tasks are named by
 * {@link cn.guifanku.process.Task}: no model element id leaves this package.
 */
@ApplicationModule(allowedDependencies = {"security", "web"})
package cn.guifanku.process;

import org.springframework.modulith.ApplicationModule;
