/**
 * Process: the door to the Camunda engine ({@link cn.guifanku.process.Workflow}). The model lives in the top-level
 * {@code bpmn/}; its delegates live in the features whose work they start, and stay thin.
 */
package cn.guifanku.process;
