package org.kring.result.internal;

/**
 * Someone else saved the action after the form being saved was opened: nothing of this
 * save was applied, so that their change is not lost.
 */
public class ActionChanged extends RuntimeException {

	ActionChanged() {
		super("The action was changed meanwhile", null, false, false);
	}

}
