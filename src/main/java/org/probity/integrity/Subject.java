package org.probity.integrity;

/** What a signal is about: its key (one signal per kind and key), a label to show, and the unit it lies in. */
record Subject(String key, String label, String unitCode, String scopePath) {

	Subject {
		key = key.length() > 300 ? key.substring(0, 300) : key;
		label = label.length() > 500 ? label.substring(0, 500) : label;
	}
}
