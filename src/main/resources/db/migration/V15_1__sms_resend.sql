-- The app SMS may be sent once more after a send whose outcome is unknown (no or unreadable answer from Fiks
-- varsling, or a crash before the SMS id was recorded); never twice more (docs/reliability.md, «SMS»).
ALTER TABLE caseletter_case ADD COLUMN sms_resend_used BOOLEAN DEFAULT FALSE NOT NULL;
