-- Set just before the app SMS is sent and kept until its id is recorded: a send that was interrupted in
-- between is not repeated blindly (Fiks varsling offers no look-up by our reference).
ALTER TABLE caseletter_case ADD COLUMN sms_sending_started TIMESTAMP WITH TIME ZONE;
