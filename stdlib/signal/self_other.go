//go:build !unix

package signal

import "errors"

// sendSelf cannot send signals where the OS has no kill(2).
func sendSelf(sig int) error { return errors.New("[Errno 22] Invalid argument") }
