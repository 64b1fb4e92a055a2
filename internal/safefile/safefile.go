// Package safefile reads a file a user named: only a regular file (never a
// FIFO, a device or /dev/zero behind a symlink), and never more than a cap.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// ErrNotRegular: the path is a FIFO, a device or a socket.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge: the file is larger than the cap.
var ErrTooLarge = errors.New("file too large")

// ErrIsDirectory: the path is a directory.
var ErrIsDirectory = errors.New("is a directory")

// Read returns the contents of the regular file at path, or an error if it
// is not a regular file or holds more than max bytes. The file is opened
// without blocking, so a FIFO is refused rather than waited on.
func Read(path string, max int64) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|nonblock, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, ErrIsDirectory
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%w (%s)", ErrNotRegular, kind(st.Mode()))
	}
	if st.Size() > max {
		return nil, fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, st.Size(), max)
	}
	return readSized(f, st.Size(), max)
}

// readSized reads r, which holds size bytes when it was opened, into one
// buffer of that size (io.ReadAll grows its buffer by copies, which costs
// several times the file at its peak); a file that grew since is read on,
// up to max.
func readSized(r io.Reader, size, max int64) ([]byte, error) {
	data := make([]byte, 0, size+1) // +1: the read that finds the end
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if int64(len(data)) > max {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // grew: let append find room
		}
	}
}

// ReadCapped reads r to its end, or fails once it has given more than max
// bytes.
func ReadCapped(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return data, nil
}

func kind(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeCharDevice != 0:
		return "a character device"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}
