package org.kring.expertise.web;

import org.kring.expertise.internal.ExpertRequestService;
import org.kring.expertise.internal.RequestDetail;
import org.kring.expertise.internal.RequestRows;
import org.kring.system.web.FormErrors;

/**
 * One request, with every expert's reply for the asker and an administrator, and the
 * reader's own reply forms when it was asked of them.
 *
 * @param detail the request
 * @param form the answer or reason as typed
 * @param errors the problems of the reply or of closing
 * @param maxMegabytes the largest file, in megabytes
 * @param maxFiles the most files
 */
public record RequestPage(RequestDetail detail, ReplyForm form, FormErrors errors, long maxMegabytes, int maxFiles) {

	public String path() {
		return "/experts/requests/" + this.detail.request().id();
	}

	public String download(RequestRows.Attachment file) {
		return path() + "/attachments/" + file.id();
	}

	/**
	 * Whether the reader may still reply.
	 * @return true when the request is open and asked of them, unanswered
	 */
	public boolean mayReply() {
		RequestDetail.Reply mine = this.detail.mine();
		return this.detail.open() && mine != null && mine.expert().state().pending();
	}

	public boolean mayAccept() {
		RequestDetail.Reply mine = this.detail.mine();
		return mayReply() && mine != null && mine.expert().state() == org.kring.expertise.internal.AnswerState.ASKED;
	}

	public boolean mayEnd() {
		return this.detail.open() && this.detail.askedByViewer();
	}

	public int textMax() {
		return ExpertRequestService.TEXT_MAX;
	}

}
